use std::process::Command;

fn list_links(project_id: &str) -> std::io::Result<std::process::Output> {
    Command::new("atlas")
        .args(["privateEndpoints", "list", "--projectId", project_id])
        .output()
}

fn create_link() -> std::io::Result<std::process::Output> {
    Command::new("atlas").arg("privateEndpoints").arg("create").arg("--provider").arg("AWS").output()
}

fn services() -> std::io::Result<std::process::Output> {
    Command::new("atlas").args(["privateEndpoints", "aws", "list"]).output()
}
