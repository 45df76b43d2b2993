#import <Foundation/Foundation.h>

// Legacy PrivateLink calls, with Objective-C's %@ placeholders.
@implementation ATKLinks

- (NSURLRequest *)requestFor:(NSString *)linkId {
    NSString *path = [NSString stringWithFormat:@"/api/atlas/v1.0/groups/%@/privateEndpoint/%@", _groupId, linkId];
    return [NSURLRequest requestWithURL:[NSURL URLWithString:path relativeToURL:_base]];
}

- (NSURLRequest *)servicesRequest {
    NSString *path = [NSString stringWithFormat:@"/api/atlas/v1.0/groups/%@/privateEndpoint/%@/endpointService", _groupId, _provider];
    return [NSURLRequest requestWithURL:[NSURL URLWithString:path relativeToURL:_base]];
}

- (NSString *)describe:(NSString *)linkId {
    return [NSString stringWithFormat:@"link %@ (%@)", linkId, _groupId];
}

@end
