import logging
import requests

API = "https://cloud.mongodb.com/api/atlas/v1.0"
log = logging.getLogger(__name__)


def delete_link(group_id, link_id, auth):
    url = API + "/groups/" + group_id + "/privateEndpoint/" + link_id
    resp = requests.delete(url, auth=auth, timeout=30)
    if resp.status_code != 204:
        raise RuntimeError("DELETE " + url + " failed with " + str(resp.status_code))
    log.info("deleted " + url)
    print(f"done: {url} is gone")
