//===- Options.cpp - The `mojoc` command line -----------------------------===//
#include "compiler/Driver/Options.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace mojo;
using namespace mojo::driver;

namespace {

/// One line of an options table: the option as typed and what it does.
struct OptionHelp {
  const char *spelling;
  const char *description;
};

constexpr OptionHelp kOutputHelp = {
    "-o PATH", "output file (default: the input's stem, or standard\n"
               "                               output for a printed stage)"};
constexpr OptionHelp kOptHelp = {"-O0 -O1 -O2 -O3",
                                 "optimization level (default -O3)"};
constexpr OptionHelp kEmitHelp = {
    "--emit=KIND", "stop at KIND: tokens, ast, typed, mlir, mlir-lowered,\n"
                   "                               llvm, asm, obj or exe (default)"};
constexpr OptionHelp kImportHelp = {"-I DIR",
                                    "add DIR to the module search path"};
constexpr OptionHelp kDefineHelp = {
    "-D NAME[=VALUE]", "define NAME for `sys.param_env` (repeatable;\n"
                       "                               no VALUE: defined, empty)"};
constexpr OptionHelp kVerifyHelp = {
    "-verify", "compare diagnostics with the\n"
               "                               `# expected-error {{...}}` comments"};
constexpr OptionHelp kDumpASTHelp = {"--dump-ast", "print the syntax tree"};
constexpr OptionHelp kJSONHelp = {
    "--diagnostics-format=json", "print diagnostics as one JSON array\n"
                                 "                               (`run`: on standard error)"};
constexpr OptionHelp kTimePassesHelp = {
    "--time-passes", "print the time each MLIR and LLVM pass took"};
constexpr OptionHelp kErrorLimitHelp = {
    "--error-limit=N", "stop after N errors (default 50; 0: no limit)"};
constexpr OptionHelp kTimeoutHelp = {
    "--timeout=N", "fail a test that runs longer than N seconds\n"
                   "                               (default 300)"};
constexpr OptionHelp kHelpHelp = {"--help", "print this help"};

void printOptions(llvm::ArrayRef<OptionHelp> options) {
  llvm::outs() << "\nOPTIONS:\n";
  for (const OptionHelp &option : options)
    llvm::outs() << llvm::formatv("  {0,-28} {1}\n", option.spelling,
                                  option.description);
}

void printOverview() {
  llvm::outs() << R"(OVERVIEW: mojoc, a compiler for Mojo 24.6 programs

USAGE: mojoc <command> [options] FILE [program args...]

COMMANDS:
  run FILE [args...]   compile FILE with the JIT and run its `main`
  build FILE           compile FILE to a native executable
  test [PATH...]       run the `test_*` functions of `test_*.mojo` files
  check FILE           check FILE and report diagnostics, generating nothing
  parse FILE           parse FILE (with --dump-ast, print the syntax tree)

`mojoc FILE.mojo` is `mojoc run FILE.mojo`. See `mojoc <command> --help` for
the options of each command.
)";
}

std::optional<Command> parseCommand(llvm::StringRef word) {
  return llvm::StringSwitch<std::optional<Command>>(word)
      .Case("parse", Command::Parse)
      .Case("check", Command::Check)
      .Case("build", Command::Build)
      .Case("run", Command::Run)
      .Case("test", Command::Test)
      .Cases("help", "--help", "-h", Command::Help)
      .Cases("version", "--version", Command::Version)
      .Default(std::nullopt);
}

std::optional<EmitKind> parseEmitKind(llvm::StringRef kind) {
  return llvm::StringSwitch<std::optional<EmitKind>>(kind)
      .Case("tokens", EmitKind::Tokens)
      .Case("ast", EmitKind::AST)
      .Case("typed", EmitKind::Typed)
      .Case("mlir", EmitKind::MLIR)
      .Case("mlir-lowered", EmitKind::LoweredMLIR)
      .Case("llvm", EmitKind::LLVM)
      .Case("asm", EmitKind::Asm)
      .Case("obj", EmitKind::Obj)
      .Case("exe", EmitKind::Exe)
      .Default(std::nullopt);
}

/// Reads the arguments after the command into `opts`.
class OptionParser {
public:
  OptionParser(Options &opts, llvm::ArrayRef<const char *> args)
      : opts(opts), args(args) {}

  void parse() {
    for (i = 0; i < args.size(); ++i) {
      llvm::StringRef arg = args[i];
      // After the file, `run` passes everything on to the program.
      if (!opts.input.empty() && opts.command == Command::Run)
        opts.programArgs.push_back(arg.str());
      else
        parseOne(arg);
    }
    if (opts.input.empty() && !opts.showHelp &&
        opts.command != Command::Help && opts.command != Command::Version &&
        opts.command != Command::Test)
      fail(DiagID::err_no_input_file, {getCommandName(opts.command).str()});
  }

private:
  void parseOne(llvm::StringRef arg) {
    if (arg == "-o") {
      if (std::optional<std::string> v = value(arg))
        opts.output = *v;
    } else if (arg == "-I") {
      if (std::optional<std::string> v = value(arg))
        opts.importPaths.push_back(*v);
    } else if (arg.starts_with("-I") && arg.size() > 2) {
      opts.importPaths.push_back(arg.drop_front(2).str());
    } else if (arg == "-D") {
      if (std::optional<std::string> v = value(arg))
        addDefine(*v);
    } else if (arg.starts_with("-D") && arg.size() > 2) {
      addDefine(arg.drop_front(2));
    } else if (arg.size() == 3 && arg.starts_with("-O") && arg[2] >= '0' &&
               arg[2] <= '3') {
      opts.optLevel = arg[2] - '0';
    } else if (arg.consume_front("--emit=")) {
      if (std::optional<EmitKind> kind = parseEmitKind(arg))
        opts.emit = *kind;
      else
        fail(DiagID::err_unknown_emit_kind, {arg.str()});
    } else if (arg == "--dump-ast") {
      opts.dumpAST = true;
    } else if (arg == "-verify" || arg == "--verify") {
      opts.verify = true;
    } else if (arg.consume_front("--error-limit=")) {
      if (arg.getAsInteger(10, opts.errorLimit))
        fail(DiagID::err_bad_error_limit, {arg.str()});
    } else if (opts.command == Command::Test &&
               arg.consume_front("--timeout=")) {
      if (arg.getAsInteger(10, opts.testTimeout) || opts.testTimeout == 0)
        fail(DiagID::err_bad_test_timeout, {arg.str()});
    } else if (arg == "--time-passes") {
      opts.timePasses = true;
    } else if (arg == "--diagnostics-format=json") {
      opts.jsonDiagnostics = true;
    } else if (arg == "--diagnostics-format=text") {
      opts.jsonDiagnostics = false;
    } else if (arg == "--help" || arg == "-h") {
      opts.showHelp = true;
    } else if (arg.starts_with("-") && arg != "-") {
      fail(DiagID::err_unknown_option,
           {arg.str(), getCommandName(opts.command).str()});
    } else if (opts.command == Command::Test) {
      opts.testPaths.push_back(arg.str());
    } else if (opts.input.empty()) {
      opts.input = arg.str();
    } else {
      fail(DiagID::err_unexpected_argument,
           {arg.str(), getCommandName(opts.command).str()});
    }
  }

  /// `NAME=VALUE` or `NAME` of `-D`.
  void addDefine(llvm::StringRef define) {
    auto [name, value] = define.split('=');
    if (name.empty())
      fail(DiagID::err_bad_define, {define.str()});
    else
      opts.defines.emplace_back(name.str(), value.str());
  }

  /// The value of option `name`, the next argument.
  std::optional<std::string> value(llvm::StringRef name) {
    if (i + 1 < args.size())
      return std::string(args[++i]);
    fail(DiagID::err_option_needs_value, {name.str()});
    return std::nullopt;
  }

  /// Records the first mistake; later ones are usually its consequences.
  void fail(DiagID id, std::vector<std::string> diagArgs) {
    if (!opts.usageError)
      opts.usageError = UsageError{id, std::move(diagArgs)};
  }

  Options &opts;
  llvm::ArrayRef<const char *> args;
  size_t i = 0;
};

} // namespace

llvm::StringRef mojo::driver::getCommandName(Command command) {
  switch (command) {
  case Command::Parse:
    return "parse";
  case Command::Check:
    return "check";
  case Command::Build:
    return "build";
  case Command::Run:
    return "run";
  case Command::Test:
    return "test";
  case Command::Help:
  case Command::Version:
    break;
  }
  return "";
}

void mojo::driver::printUsage(Command command) {
  switch (command) {
  case Command::Run:
    llvm::outs() << "USAGE: mojoc run [options] FILE [program args...]\n\n"
                    "Compiles FILE with the JIT and runs its `main`; exits "
                    "with the program's status.\nArguments after FILE go to "
                    "the program.\n";
    printOptions(
        {kOptHelp, kImportHelp, kDefineHelp, kJSONHelp, kErrorLimitHelp,
         kTimePassesHelp, kHelpHelp});
    return;
  case Command::Test:
    llvm::outs()
        << "USAGE: mojoc test [options] [PATH...]\n\n"
           "Runs the tests in each PATH: a file, or a directory searched for\n"
           "`test_*.mojo` files (default: the current directory). A test is a\n"
           "top-level function named `test_*` taking no arguments; it fails\n"
           "when it raises, exits with a non-zero status or crashes, and only\n"
           "that test fails. Prints `PASS: FILE::NAME` or `FAIL: FILE::NAME`\n"
           "(with the test's output) for each, then `N passed, N failed`;\n"
           "exits with 1 when a test failed or a file did not compile.\n";
    printOptions({kOptHelp, kImportHelp, kDefineHelp, kTimeoutHelp,
                  kErrorLimitHelp, kHelpHelp});
    return;
  case Command::Build:
    llvm::outs() << "USAGE: mojoc build [options] FILE\n\n"
                    "Compiles FILE to a native executable, or to the stage "
                    "--emit names.\n";
    printOptions({kOutputHelp, kOptHelp, kEmitHelp, kImportHelp, kDefineHelp,
                  kJSONHelp, kErrorLimitHelp, kTimePassesHelp, kHelpHelp});
    return;
  case Command::Check:
    llvm::outs() << "USAGE: mojoc check [options] FILE\n\n"
                    "Checks FILE and reports diagnostics, generating "
                    "nothing.\n";
    printOptions(
        {kVerifyHelp, kImportHelp, kDefineHelp, kJSONHelp, kErrorLimitHelp,
         kHelpHelp});
    return;
  case Command::Parse:
    llvm::outs() << "USAGE: mojoc parse [options] FILE\n\n"
                    "Parses FILE and reports syntax errors.\n";
    printOptions(
        {kDumpASTHelp, kVerifyHelp, kJSONHelp, kErrorLimitHelp, kHelpHelp});
    return;
  case Command::Help:
  case Command::Version:
    printOverview();
    return;
  }
}

Options mojo::driver::parseOptions(llvm::ArrayRef<const char *> args) {
  Options opts;
  if (args.empty())
    return opts;
  llvm::StringRef word = args.front();
  if (std::optional<Command> command = parseCommand(word)) {
    opts.command = *command;
    args = args.drop_front();
    // `mojoc help build` is `mojoc build --help`.
    if (opts.command == Command::Help && !args.empty())
      if (std::optional<Command> topic = parseCommand(args.front())) {
        opts.command = *topic;
        opts.showHelp = true;
        args = args.drop_front();
      }
  } else {
    // `mojoc file.mojo` means `mojoc run file.mojo`; any other word that is
    // not a command is a mistake, not a file name.
    if (word.ends_with(".mojo") || word.ends_with("\xF0\x9F\x94\xA5")) {
      opts.command = Command::Run;
    } else {
      opts.usageError = UsageError{DiagID::err_unknown_command, {word.str()}};
      args = args.drop_front();
    }
  }
  OptionParser(opts, args).parse();
  return opts;
}
