import Foundation
import IPASAPI
import IPASDomain
import OpenAPIRuntime

/// The handlers of the contract's operations, over an office repository.
struct OfficeAPI: APIProtocol {
    let repository: any OfficeRepository
    let specification: String

    func getSpecification(_ input: Operations.GetSpecification.Input) async throws -> Operations.GetSpecification.Output {
        .ok(.init(body: .yaml(HTTPBody(specification))))
    }

    func signIn(_ input: Operations.SignIn.Input) async throws -> Operations.SignIn.Output {
        guard case .json(let request) = input.body else { throw APIProblem.badRequest("expected a JSON body") }
        let issuer = TokenIssuer(repository: repository)
        guard let issued = try await issuer.signIn(username: request.username, password: request.password) else {
            throw APIProblem.unauthorized("wrong user name or password")
        }
        return .ok(.init(body: .json(.init(accessToken: issued.token, tokenType: .bearer, expiresIn: issued.expiresIn))))
    }

    func getCurrentUser(_ input: Operations.GetCurrentUser.Input) async throws -> Operations.GetCurrentUser.Output {
        .ok(.init(body: .json(try RequestUser.required().profile.schema)))
    }

    func listQueue(_ input: Operations.ListQueue.Input) async throws -> Operations.ListQueue.Output {
        let user = try RequestUser.required()
        let pageSize = input.query.pageSize ?? 100
        guard (1...500).contains(pageSize) else { throw APIProblem.badRequest("page_size must be between 1 and 500") }
        let after = try input.query.pageToken.map(PageToken.decode)
        let rows = try await repository.queue(for: user.profile.username, after: after, limit: pageSize + 1)
        let page = rows.prefix(pageSize)
        let next = rows.count > pageSize ? page.last.map { PageToken.encode($0.sortKey) } : nil
        return .ok(.init(body: .json(.init(items: page.map(\.item.schema), nextPageToken: next))))
    }

    func getFile(_ input: Operations.GetFile.Input) async throws -> Operations.GetFile.Output {
        let user = try RequestUser.required()
        let path = input.path
        guard let number = Int(path.number),
              let fileNumber = try? FileNumber(office: path.office, type: path._type, series: path.series, number: number)
        else { throw APIProblem.badRequest("not a file number") }
        let key = fileNumber.description
        guard let record = try await repository.file(key) else { throw APIProblem.notFound("no file \(key)") }
        if !user.seesWholeOffice {
            guard try await repository.isResponsible(user.profile.username, forFile: key) else {
                throw APIProblem.forbidden("\(key) is not in one of your queues")
            }
        }
        return .ok(.init(body: .json(record.schema)))
    }

    func listChanges(_ input: Operations.ListChanges.Input) async throws -> Operations.ListChanges.Output {
        let user = try RequestUser.required()
        let limit = input.query.limit ?? 500
        guard (1...1000).contains(limit) else { throw APIProblem.badRequest("limit must be between 1 and 1000") }
        let epoch = try await repository.epoch()
        var after: Int64 = 0
        if let since = input.query.since {
            guard let cursor = FeedCursor(since) else { throw APIProblem.badRequest("since is not a cursor of this feed") }
            guard cursor.epoch == epoch else {
                throw APIProblem(.gone, "the change feed was restarted (new epoch); sync again from the beginning")
            }
            after = cursor.sequence
        }
        let batch = try await repository.changes(after: after, limit: limit, visibleTo: user)
        let changes = batch.entries.map(\.schema)
        let next = FeedCursor(epoch: epoch, sequence: batch.lastSequence).text
        return .ok(.init(body: .json(.init(epoch: epoch, nextCursor: next, hasMore: batch.hasMore, changes: changes))))
    }
}

extension ChangeBatch.Entry {
    var schema: Components.Schemas.Change {
        switch self {
        case .file(let id, let record?): .init(kind: .file, id: id, operation: .upsert, file: record.schema)
        case .file(let id, nil): .init(kind: .file, id: id, operation: .delete)
        case .task(let id, let item?): .init(kind: .task, id: id, operation: .upsert, task: item.schema)
        case .task(let id, nil): .init(kind: .task, id: id, operation: .delete)
        }
    }
}
