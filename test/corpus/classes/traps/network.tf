resource "azurerm_private_endpoint" "atlas" {
  name = "privateEndpoint"
}
resource "mongodbatlas_private_endpoint_regional_mode" "rm" {
  project_id = var.project_id
}
