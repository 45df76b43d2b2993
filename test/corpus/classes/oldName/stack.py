import pulumi_mongodbatlas as mongodbatlas

link = mongodbatlas.get_private_endpoint(project_id=PROJECT, private_link_id=LINK)
service = mongodbatlas.get_privatelink_endpoint(project_id=PROJECT, private_link_id=LINK, provider_name="AWS")
