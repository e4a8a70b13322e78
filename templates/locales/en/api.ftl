## The `detail` of the API's problem documents (keys and titles stay English).

api-error-unexpected = An unexpected error occurred; it has been logged.
api-error-unavailable = The service cannot reach its database at the moment; retry in a few seconds.
api-error-unauthorized = Send an API token as `Authorization: Bearer TOKEN` (create one at /settings/tokens).
api-error-conflict = The profile was changed since version { $version }; fetch it again and resend your change.
api-error-invalid = Some fields are invalid.
api-error-too-large = The request body is too large.
api-error-method = This endpoint takes { $methods }.
