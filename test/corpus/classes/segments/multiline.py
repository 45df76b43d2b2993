url = "/".join([
    API, "groups", group_id,
    "privateEndpoint", link_id,
])
path = os.path.join(
    BASE,
    "groups",
    group_id,
    "privateEndpoint",
)
