package acme.infra;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.mongodbatlas.PrivateEndpoint;
import com.pulumi.mongodbatlas.PrivateEndpointArgs;
import com.pulumi.mongodbatlas.PrivateLinkEndpoint;
import com.pulumi.mongodbatlas.PrivateLinkEndpointArgs;

public class LinkStack {
    public static void main(String[] args) {
        Pulumi.run(LinkStack::stack);
    }

    static void stack(Context ctx) {
        var legacy = new PrivateEndpoint("legacy", PrivateEndpointArgs.builder()
            .projectId("5e2211c17a3e5a48f5497de3")
            .providerName("AWS")
            .region("us-east-1")
            .build());
        var current = new PrivateLinkEndpoint("current", PrivateLinkEndpointArgs.builder()
            .projectId("5e2211c17a3e5a48f5497de3")
            .providerName("AWS")
            .region("us-east-1")
            .build());
        ctx.export("legacyId", legacy.privateLinkId());
    }
}
