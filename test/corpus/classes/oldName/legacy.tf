resource "mongodbatlas_private_endpoint_link" "app" {
  project_id = var.project_id
}
