def interfaces(session, g, link_id):
    url = BASE + "/groups/" + g
    url += "/privateEndpoint/" + link_id
    url += "/interfaceEndpoints"
    return session.get(url)


def services(session, g, provider):
    url = BASE + "/groups/" + g
    url += "/privateEndpoint/" + provider
    url += "/endpointService"
    return session.get(url)
