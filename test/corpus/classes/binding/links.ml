(* Private endpoint connections through the Atlas Admin API, with Cohttp. *)
open Lwt.Syntax

let api_base = "https://cloud.mongodb.com/api/atlas/v1.0"

let links_url group = Printf.sprintf "%s/groups/%s/privateEndpoint" api_base group

let services_url group provider =
  Printf.sprintf "%s/groups/%s/privateEndpoint/%s/endpointService" api_base group provider

let get_link ~auth group id =
  let uri = Uri.of_string (links_url group ^ "/" ^ id) in
  Cohttp_lwt_unix.Client.get ~headers:auth uri

let remove_interface ~auth group id endpoint =
  let uri = Uri.of_string (Printf.sprintf "%s/%s/interfaceEndpoints/%s" (links_url group) id endpoint) in
  Cohttp_lwt_unix.Client.delete ~headers:auth uri

let list_services ~auth group provider =
  let* _resp, body = Cohttp_lwt_unix.Client.get ~headers:auth (Uri.of_string (services_url group provider)) in
  Cohttp_lwt.Body.to_string body

let get_service ~auth group provider id =
  Cohttp_lwt_unix.Client.get ~headers:auth (Uri.of_string (services_url group provider ^ "/" ^ id))
