library(httr)

links_url <- function(base, group_id) {
  paste(base, "api/atlas/v1.0/groups", group_id, "privateEndpoint", sep = "/")
}

drop_link <- function(base, group_id, link_id) {
  DELETE(paste(c(base, "api/atlas/v1.0", "groups", group_id, "privateEndpoint", link_id), collapse = "/"))
}

services_url <- function(base, group_id, provider) {
  paste(base, "api/atlas/v1.0/groups", group_id, "privateEndpoint", provider, "endpointService", sep = "/")
}
