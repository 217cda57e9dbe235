import CCurl
import Foundation

extension TransportError {
    /// Classifies a failed transfer and words it for the user, naming `url`.
    init(failed outcome: TransferOutcome, url: String, responseLimit: Int) {
        let code = outcome.code
        let curlCode = Int32(code.rawValue)
        let detail = outcome.errorDetail ?? CurlRuntime.message(for: code)
        let kind = Self.kind(of: outcome)
        let description: String
        switch kind {
        case .couldNotConnect:
            // "Connection refused" says more than libcurl's "Failed to connect to ... port ...".
            let reason = outcome.osErrno != 0 ? String(cString: strerror(outcome.osErrno)) : detail
            description = "could not connect to \(url) (\(reason))"
        case .timedOut:
            description = "request to \(url) timed out (\(detail))"
        case .tls:
            description = "secure connection to \(url) failed (\(detail))"
        case .responseTooLarge:
            description = "response from \(url) is larger than the allowed \(responseLimit) bytes"
        case .cancelled:
            description = "request to \(url) was cancelled"
        case .malformedResponse:
            description = "response from \(url) was incomplete or malformed (\(detail))"
        case .other:
            description = "request to \(url) failed (\(detail))"
        }
        self.init(kind: kind, curlCode: curlCode, description: description)
    }

    /// A response libcurl accepted but that cannot be represented (e.g. a status outside 100...999).
    static func malformed(_ url: String, _ reason: String) -> TransportError {
        TransportError(kind: .malformedResponse, description: "response from \(url) was malformed (\(reason))")
    }

    /// The task was cancelled before anything was sent.
    static func cancelled(_ url: String) -> TransportError {
        TransportError(kind: .cancelled, curlCode: Int32(CURLE_ABORTED_BY_CALLBACK.rawValue), description: "request to \(url) was cancelled")
    }

    private static func kind(of outcome: TransferOutcome) -> Kind {
        if outcome.cancelled && (outcome.code == CURLE_ABORTED_BY_CALLBACK || outcome.code == CURLE_WRITE_ERROR) {
            return .cancelled
        }
        if outcome.exceededLimit {
            return .responseTooLarge
        }
        switch outcome.code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .couldNotConnect
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED,
            CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            return .tls
        case CURLE_FILESIZE_EXCEEDED:
            return .responseTooLarge
        case CURLE_ABORTED_BY_CALLBACK:
            return .cancelled
        case CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING,
            CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3:
            return .malformedResponse
        default:
            return .other
        }
    }
}
