#' Private endpoint connections with httr2.
atlas_api <- function() Sys.getenv("ATLAS_API", "https://cloud.mongodb.com/api/atlas/v1.0")

#' @export
legacy_connection <- function(group_id, link_id) {
  httr2::request(atlas_api()) |>
    httr2::req_url_path_append("groups", group_id, "privateEndpoint", link_id) |>
    httr2::req_perform() |>
    httr2::resp_body_json()
}

#' @export
endpoint_services <- function(group_id, provider = "aws") {
  httr2::request(atlas_api()) |>
    httr2::req_url_path_append("groups", group_id, "privateEndpoint", toupper(provider), "endpointService") |>
    httr2::req_perform() |>
    httr2::resp_body_json()
}
