%%% Erlang: io_lib:format's ~s directives, ++ and string:join.
-module(connections).
-export([one/2, drop/2, services/2]).

-define(API, "https://cloud.mongodb.com/api/atlas/v1.0").

one(Group, Id) ->
    Url = lists:flatten(io_lib:format("~s/groups/~s/privateEndpoint/~s", [?API, Group, Id])),
    httpc:request(get, {Url, []}, [], []).

drop(Group, Id) ->
    Url = ?API ++ "/groups/" ++ Group ++ "/privateEndpoint/" ++ Id,
    httpc:request(delete, {Url, []}, [], []).

interface(Group, Id, Vpce) ->
    string:join([?API, "groups", Group, "privateEndpoint", Id, "interfaceEndpoints", Vpce], "/").

services(Group, Cloud) ->
    Url = ?API ++ "/groups/" ++ Group ++ "/privateEndpoint/" ++ Cloud ++ "/endpointService",
    httpc:request(get, {Url, []}, [], []).
