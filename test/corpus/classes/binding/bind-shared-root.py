import requests

ATLAS = "https://cloud.mongodb.com/api/atlas/v1.0"


def pe_root(project_id):
    return f"{ATLAS}/groups/{project_id}/privateEndpoint"


def list_legacy(session, project_id):
    return session.get(pe_root(project_id)).json()


def list_services(session, project_id, cloud):
    return session.get(f"{pe_root(project_id)}/{cloud.upper()}/endpointService").json()


def create_legacy(session, project_id, region):
    return session.post(pe_root(project_id), json={"providerName": "AWS", "region": region})


def get_legacy(session, project_id, link_id):
    return session.get(pe_root(project_id) + "/" + link_id).json()


def explain(project_id):
    print("private networking lives under", pe_root(project_id))
