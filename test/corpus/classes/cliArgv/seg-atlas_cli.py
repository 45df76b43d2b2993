import subprocess

ATLAS = ["atlas", "--output", "json"]


def list_links(project_id):
    return subprocess.run(["atlas", "privateEndpoints", "list", "--projectId", project_id], check=True)


def watch_link(link_id):
    subprocess.check_call(
        [
            "atlas",
            "privateEndpoints",
            "watch",
            link_id,
        ]
    )


def run_cli(args):
    return subprocess.run(ATLAS + args, capture_output=True)


def describe(link_id):
    return run_cli(["privateendpoints", "describe", link_id])


def interface(link_id, vpce):
    return subprocess.run([*ATLAS, "privateEndpoints", "interfaces", "describe", link_id, vpce])


def current(project_id):
    run_cli(["privateEndpoints", "aws", "list", "--projectId", project_id])
    run_cli(["dataFederation", "privateEndpoints", "list"])
    subprocess.run(["atlas", "datafederation", "privateendpoints", "describe", "vpce-1"])
    return ["privateEndpoints", "listing"]
