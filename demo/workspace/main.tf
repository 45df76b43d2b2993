resource "mongodbatlas_private_endpoint" "primary" {
  project_id    = var.project_id
  provider_name = "AWS"
  region        = "us-east-1"
}

resource "mongodbatlas_private_endpoint_interface_link" "primary" {
  project_id            = mongodbatlas_private_endpoint.primary.project_id
  private_link_id       = mongodbatlas_private_endpoint.primary.private_link_id
  interface_endpoint_id = aws_vpc_endpoint.primary.id
}

# Already on the replacement resource:
resource "mongodbatlas_privatelink_endpoint" "secondary" {
  project_id    = var.project_id
  provider_name = "AWS"
  region        = "us-west-2"
}
