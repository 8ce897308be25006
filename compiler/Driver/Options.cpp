//===- Options.cpp - The `mojoc` command line -----------------------------===//
#include "compiler/Driver/Options.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"

using namespace mojo::driver;

void mojo::driver::printUsage() {
  llvm::outs() << R"(OVERVIEW: mojoc, a compiler for Mojo 24.6 programs

USAGE: mojoc <command> [options] FILE [program args...]

COMMANDS:
  run FILE [args...]   compile FILE with the JIT and run its `main`
  build FILE           compile FILE to a native executable
  check FILE           check FILE and report diagnostics, generating nothing
  parse FILE           parse FILE (with --dump-ast, print the syntax tree)

OPTIONS:
  -o PATH                       output file (build; default: the file's stem)
  -O0 -O1 -O2 -O3               optimization level (default -O3)
  --emit=KIND                   build output: tokens, ast, mlir, mlir-lowered,
                                llvm, asm, obj or exe (default)
  -I DIR                        add DIR to the module search path
  --dump-ast                    parse: print the AST
  -verify                       check: compare diagnostics with the
                                `# expected-error {{...}}` comments
  --diagnostics-format=json     print diagnostics as one JSON array
  --time-passes                 print the time each MLIR and LLVM pass took
)";
}

std::optional<Options>
mojo::driver::parseOptions(llvm::ArrayRef<const char *> args) {
  Options opts;
  if (args.empty())
    return opts;
  llvm::StringRef cmd = args.front();
  opts.command = llvm::StringSwitch<Command>(cmd)
                     .Case("parse", Command::Parse)
                     .Case("check", Command::Check)
                     .Case("build", Command::Build)
                     .Case("run", Command::Run)
                     .Cases("help", "--help", "-h", Command::Help)
                     .Cases("version", "--version", Command::Version)
                     .Default(Command::Run);
  // `mojoc file.mojo` means `mojoc run file.mojo`; any other word that is
  // not a command is a mistake, not a file name.
  if (opts.command == Command::Run && cmd != "run") {
    if (!cmd.ends_with(".mojo") && !cmd.ends_with("\xF0\x9F\x94\xA5")) {
      llvm::errs() << "mojoc: error: unknown command `" << cmd
                   << "`; see `mojoc --help`\n";
      return std::nullopt;
    }
  } else {
    args = args.drop_front();
  }
  for (size_t i = 0; i < args.size(); ++i) {
    llvm::StringRef arg = args[i];
    if (!opts.input.empty() && opts.command == Command::Run) {
      opts.programArgs.push_back(arg.str());
      continue;
    }
    auto value = [&](llvm::StringRef name) -> std::optional<std::string> {
      if (i + 1 >= args.size()) {
        llvm::errs() << "mojoc: error: `" << name << "` needs a value\n";
        return std::nullopt;
      }
      return std::string(args[++i]);
    };
    if (arg == "-o") {
      auto v = value(arg);
      if (!v)
        return std::nullopt;
      opts.output = *v;
    } else if (arg == "-I") {
      auto v = value(arg);
      if (!v)
        return std::nullopt;
      opts.importPaths.push_back(*v);
    } else if (arg.starts_with("-I") && arg.size() > 2) {
      opts.importPaths.push_back(arg.drop_front(2).str());
    } else if (arg.size() == 3 && arg.starts_with("-O") && arg[2] >= '0' &&
               arg[2] <= '3') {
      opts.optLevel = arg[2] - '0';
    } else if (arg.consume_front("--emit=")) {
      auto kind = llvm::StringSwitch<std::optional<EmitKind>>(arg)
                      .Case("tokens", EmitKind::Tokens)
                      .Case("ast", EmitKind::AST)
                      .Case("mlir", EmitKind::MLIR)
                      .Case("mlir-lowered", EmitKind::LoweredMLIR)
                      .Case("llvm", EmitKind::LLVM)
                      .Case("asm", EmitKind::Asm)
                      .Case("obj", EmitKind::Obj)
                      .Case("exe", EmitKind::Exe)
                      .Default(std::nullopt);
      if (!kind) {
        llvm::errs() << "mojoc: error: unknown --emit kind `" << arg << "`\n";
        return std::nullopt;
      }
      opts.emit = *kind;
    } else if (arg == "--dump-ast") {
      opts.dumpAST = true;
    } else if (arg == "-verify" || arg == "--verify") {
      opts.verify = true;
    } else if (arg == "--time-passes") {
      opts.timePasses = true;
    } else if (arg == "--diagnostics-format=json") {
      opts.jsonDiagnostics = true;
    } else if (arg == "--diagnostics-format=text") {
      opts.jsonDiagnostics = false;
    } else if (arg.starts_with("-") && arg != "-") {
      llvm::errs() << "mojoc: error: unknown option `" << arg << "`\n";
      return std::nullopt;
    } else if (opts.input.empty()) {
      opts.input = arg.str();
    } else {
      llvm::errs() << "mojoc: error: unexpected argument `" << arg << "`\n";
      return std::nullopt;
    }
  }
  if (opts.input.empty() && opts.command != Command::Help &&
      opts.command != Command::Version) {
    llvm::errs() << "mojoc: error: no input file\n";
    return std::nullopt;
  }
  return opts;
}
