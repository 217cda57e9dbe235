import Foundation
import OpenAPIKit
import Testing
import Yams
@testable import IPASAPI

@Suite("The contract")
struct SpecificationTests {
    @Test func specificationIsAValidOpenAPI31Document() throws {
        let text = try APISpecification.text()
        let document = try YAMLDecoder().decode(OpenAPI.Document.self, from: text)
        #expect(document.openAPIVersion.rawValue.hasPrefix("3.1"))
        try document.validate()
    }

    @Test func specificationNamesTheSkeletonsOperations() throws {
        let document = try YAMLDecoder().decode(OpenAPI.Document.self, from: try APISpecification.text())
        let operations = Set(document.allOperationIds)
        #expect(operations.isSuperset(of: ["signIn", "getCurrentUser", "listQueue", "getFile", "listChanges", "getSpecification"]))
        let changePage = try #require(document.components.schemas["ChangePage"])
        let required = changePage.objectContext?.requiredProperties ?? []
        #expect(Set(required) == ["epoch", "next_cursor", "has_more", "changes"])
    }

    @Test func anInvalidDocumentFailsValidation() throws {
        // The same check must be able to fail: an operation whose response refers to a missing schema.
        var text = try APISpecification.text()
        text = text.replacingOccurrences(of: "$ref: '#/components/schemas/TokenResponse'", with: "$ref: '#/components/schemas/Missing'")
        let document = try YAMLDecoder().decode(OpenAPI.Document.self, from: text)
        #expect(throws: (any Error).self) { try document.validate() }
    }
}
