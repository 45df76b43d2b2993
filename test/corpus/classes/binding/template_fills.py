"""Prints and removes stale interface endpoints; the URL templates are filled where they are sent."""
from string import Template

import requests

API = "https://cloud.mongodb.com/api/atlas/v1.0"
INTERFACE_URL = Template(API + "/groups/$project/privateEndpoint/$link/interfaceEndpoints/$vpce")
SERVICES_URL = Template(API + "/groups/$project/privateEndpoint/$provider/endpointService")
GREETING = Template("Cleaning $project")


def remove_stale(session, project, link, vpce):
    print(GREETING.substitute(project=project))
    session.delete(INTERFACE_URL.substitute(project=project, link=link["id"], vpce=vpce))


def services(session, project):
    return session.get(SERVICES_URL.safe_substitute(project=project, provider="AWS")).json()
