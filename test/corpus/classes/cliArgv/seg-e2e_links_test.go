package e2e

import (
	"os/exec"
	"testing"
)

func TestLegacyLinks(t *testing.T) {
	cliPath := os.Getenv("ATLAS_BIN")
	out, err := exec.Command("atlas", "privateEndpoints", "list", "--projectId", projectID, "-o=json").CombinedOutput()
	cmd := exec.Command(cliPath,
		"privateEndpoints",
		"describe",
		linkID,
		"--projectId", projectID)
	del := exec.CommandContext(ctx, "atlas", "--profile", profile, "privateendpoints", "delete", linkID, "--force")
	args := []string{"privateEndpoints", "interfaces", "create", linkID, "--privateEndpointId", vpceID}
	_ = exec.Command("atlas", args...)

	// Current commands and other groups stay silent.
	_ = exec.Command("atlas", "privateEndpoints", "aws", "list", "--projectId", projectID)
	_ = exec.Command(cliPath, "privateEndpoints", "regionalModes", "describe")
	_ = exec.Command("atlas", "dataFederation", "privateEndpoints", "list")
	_ = exec.Command(cliPath, privateEndpointsEntity, "list")
	_ = exec.Command("atlas", "streams", "privateLinks", "list")
	_, _, _ = out, err, del
}
