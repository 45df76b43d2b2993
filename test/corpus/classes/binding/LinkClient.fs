module Atlas.LinkClient

open System.Net.Http
open FSharp.Data

let apiBase = "https://cloud.mongodb.com/api/atlas/v1.0"

/// Legacy private endpoint connections of a project.
let linksUrl group = sprintf "%s/groups/%s/privateEndpoint" apiBase group

/// The endpoint services that replace them.
let servicesUrl group provider = sprintf "%s/groups/%s/privateEndpoint/%s/endpointService" apiBase group provider

let listLinks (client: HttpClient) group =
    client.GetStringAsync(linksUrl group) |> Async.AwaitTask

let getLink (client: HttpClient) group id =
    client.GetStringAsync(sprintf "%s/%s" (linksUrl group) id) |> Async.AwaitTask

let deleteLink (client: HttpClient) group id =
    client.DeleteAsync(linksUrl group + "/" + id) |> Async.AwaitTask

let listServices (client: HttpClient) group =
    client.GetStringAsync(servicesUrl group "AWS") |> Async.AwaitTask

let describeService (client: HttpClient) group provider id =
    client.GetStringAsync(sprintf "%s/%s" (servicesUrl group provider) id) |> Async.AwaitTask

let regionalMode group = Http.RequestString (sprintf "%s/groups/%s/privateEndpoint/regionalMode" apiBase group)
