import Foundation

struct AtlasLinks {
    let base: URL // https://cloud.mongodb.com/api/atlas/v1.0/groups/<id>

    func list() -> URL {
        base.appendingPathComponent("privateEndpoint")
    }

    func one(_ id: String) -> URL {
        base.appendingPathComponent("privateEndpoint").appendingPathComponent(id)
    }

    func services(_ provider: String) -> URL {
        base.appendingPathComponent("privateEndpoint").appendingPathComponent(provider).appendingPathComponent("endpointService")
    }
}
