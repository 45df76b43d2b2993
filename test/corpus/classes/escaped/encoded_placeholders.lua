-- Route table of the API gateway, with URL-encoded paths as the access log writes them.
local routes = {
  legacy_list = "%2Fapi%2Fatlas%2Fv1.0%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint",
  legacy_one = "%2Fapi%2Fatlas%2Fv1.0%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint%2F%7Bid%7D",
  services = "%2Fapi%2Fatlas%2Fv1.0%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint%2F%7BcloudProvider%7D%2FendpointService",
  aws_services = "%2Fapi%2Fatlas%2Fv1.0%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint%2FAWS%2FendpointService",
}

return routes
