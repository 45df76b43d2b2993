%%% Erlang: a function clause returns the base; callers extend it with ++.
-module(link_functions).
-export([get/2]).

-define(ROOT, "https://cloud.mongodb.com/api/atlas/v1.0").

links_url(Group) ->
    ?ROOT ++ "/groups/" ++ Group ++ "/privateEndpoint".

get(Group, LinkId) ->
    httpc:request(get, {links_url(Group) ++ "/" ++ LinkId, []}, [], []).
