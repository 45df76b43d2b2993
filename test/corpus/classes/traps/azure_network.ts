declare const azure: { network: { PrivateEndpoint: new (name: string, args: object) => object } };
declare const aws: { ec2: { VpcEndpoint: new (name: string, args: object) => object } };
declare const armBase: string, name: string, subnetId: string, vpcId: string;

// Azure's private endpoints and AWS VPC endpoints are not Atlas.
export const pe = new azure.network.PrivateEndpoint('privateEndpoint', { subnetId });
export const vpce = new aws.ec2.VpcEndpoint('privateEndpoint', { vpcId });
export const url = `${armBase}/providers/Microsoft.Network/privateEndpoints/${name}`;
