#pragma once
// Command-line mistakes explained in the user's terms: an unknown command or option gets the nearest
// real one ("did you mean 'scan'?"), and the help to read names the subcommand.
#include <string>

#include <CLI/CLI.hpp>

namespace atscan::cli {

std::string usage_error_message(const CLI::App& app, int argc, const char* const* argv, const CLI::ParseError& error);

}  // namespace atscan::cli
