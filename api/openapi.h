#pragma once
// The OpenAPI 3.1 description of the HTTP API, served at GET /openapi.json.
//
// The source is the hand-written api/openapi.json. CMake reads it at configure
// time (re-run by the build whenever the file changes) into a raw string
// literal of a generated .cpp (api/openapi_json.cpp.in), so the server carries
// the document and never reads it from the working directory.
// tests/api/openapi_test.cpp keeps it true to the server.

#include <string_view>

namespace tarjotin {

// The bytes of api/openapi.json; valid for the whole program.
std::string_view openapi_json();

}  // namespace tarjotin
