import Foundation

struct LinkPaths {
    let project: String
    var links: String { "\(project)/privateEndpoint" }
    var peers: String { "\(project)/peers" }

    func remove(_ id: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "\(links)/\(id)")!)
        request.httpMethod = "DELETE"
        return request
    }
}
