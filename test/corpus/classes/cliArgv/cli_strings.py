"""The Atlas CLI run from f-strings and split command lines."""
import shlex
import subprocess


def links(pid):
    return subprocess.check_output(shlex.split(f"atlas privateEndpoints ls --projectId {pid}"))


def services(pid, provider):
    return subprocess.check_output(shlex.split(f"atlas privateEndpoints {provider} list --projectId {pid}"))


def note(pid):
    print(f"echo privateEndpoints list for {pid}")
