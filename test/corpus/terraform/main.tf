terraform {
  required_providers {
    mongodbatlas = {
      source  = "mongodb/mongodbatlas"
      version = "0.9.1"
    }
  }
}

resource "mongodbatlas_private_endpoint" "app" {
  project_id    = var.project_id
  provider_name = "AWS"
  region        = "us-east-1"
}

resource "aws_vpc_endpoint" "app" {
  vpc_id             = var.vpc_id
  service_name       = mongodbatlas_private_endpoint.app.endpoint_service_name
  vpc_endpoint_type  = "Interface"
  subnet_ids         = var.subnet_ids
  security_group_ids = [var.security_group_id]
}

resource "mongodbatlas_private_endpoint_interface_link" "app" {
  project_id            = mongodbatlas_private_endpoint.app.project_id
  private_link_id       = mongodbatlas_private_endpoint.app.private_link_id
  interface_endpoint_id = aws_vpc_endpoint.app.id
}

data "mongodbatlas_private_endpoint" "existing" {
  project_id      = var.project_id
  private_link_id = var.private_link_id
}

# The replacement resources (fine):
resource "mongodbatlas_privatelink_endpoint" "next" {
  project_id    = var.project_id
  provider_name = "AWS"
  region        = "us-east-1"
}

resource "mongodbatlas_privatelink_endpoint_service" "next" {
  project_id          = mongodbatlas_privatelink_endpoint.next.project_id
  private_link_id     = mongodbatlas_privatelink_endpoint.next.private_link_id
  endpoint_service_id = aws_vpc_endpoint.app.id
  provider_name       = "AWS"
}

resource "mongodbatlas_private_endpoint_regional_mode" "this" {
  project_id = var.project_id
  enabled    = true
}

output "private_endpoint_id" {
  value = mongodbatlas_privatelink_endpoint_service.next.private_endpoint_id
}
