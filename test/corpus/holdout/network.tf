variable "project_id" { type = string }

resource "mongodbatlas_private_endpoint_link" "app" {
  project_id            = var.project_id
  private_link_id       = "5df264b8f10fab7d2cad2f0d"
  interface_endpoint_id = aws_vpc_endpoint.app.id
}

data "mongodbatlas_private_endpoint" "existing" {
  project_id      = var.project_id
  private_link_id = "5df264b8f10fab7d2cad2f0d"
}

resource "mongodbatlas_privatelink_endpoint" "next" {
  project_id    = var.project_id
  provider_name = "AWS"
  region        = "us-east-1"
}

resource "azurerm_private_endpoint" "pe" {
  name                = "atlas-pe"
  location            = "eastus2"
  resource_group_name = "rg"
  subnet_id           = "subnet"
}

resource "mongodbatlas_private_endpoint_regional_mode" "rm" {
  project_id = var.project_id
  enabled    = true
}
