# lit configuration for the mojoc test suites.
import os
import lit.formats

config.name = "mojoc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mojo"]
config.excludes = ["Inputs", "unit", "fuzz", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.mojoc_obj_root, "test")

bin_dir = os.path.join(config.mojoc_obj_root, "bin")
config.substitutions.append(("%mojoc", os.path.join(bin_dir, "mojoc")))
config.substitutions.append(("%FileCheck", os.path.join(config.llvm_tools_dir, "FileCheck")))
config.substitutions.append(("%not", os.path.join(config.llvm_tools_dir, "not")))
config.environment["PATH"] = os.pathsep.join(
    [bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])
