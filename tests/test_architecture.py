"""The dependency direction of docs/architecture.md, enforced on the source.

Every project module (apps and sites; not migrations, not tests) is parsed with `ast`; each import of a project
package is mapped to its app. An app may import only apps on a LOWER layer of the table in docs/architecture.md
(the table is read from the document, so the document and this test cannot drift apart); no import may sit
inside a function or class body when it names another project app; and the graph of apps has no cycle.
"""

import ast
import re
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
DOCUMENT = BASE_DIR / "docs" / "architecture.md"
SKIPPED_DIRS = {".venv", ".tools", ".git", "tests", "migrations", "node_modules", "docs", "locale", "bench"}


def documented_layers():
    """{app: layer number} from the fenced «layers» table of docs/architecture.md."""
    match = re.search(r"```layers\n(.*?)```", DOCUMENT.read_text(encoding="utf-8"), re.DOTALL)
    assert match, "docs/architecture.md has no ```layers table"
    layers = {}
    for line in match.group(1).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            number, *apps = line.split()
            layers.update({app: int(number) for app in apps})
    return layers


LAYERS = documented_layers()
# Imported by nothing: development/test data only (docs/architecture.md).
LEAVES = {"demo"}


def project_modules():
    for path in sorted(BASE_DIR.rglob("*.py")):
        relative = path.relative_to(BASE_DIR)
        if SKIPPED_DIRS.intersection(relative.parts[:-1]) or len(relative.parts) < 2:
            continue
        if relative.parts[0] in LAYERS:
            yield relative


def module_name(relative):
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return parts


def imported_modules(relative, base_dir=BASE_DIR):
    """(imported dotted name, line, inside a def/class body) for every import in the file."""
    tree = ast.parse((base_dir / relative).read_text(encoding="utf-8"), filename=str(relative))
    package = module_name(relative)
    if relative.name != "__init__.py":
        package = package[:-1]
    nested = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            nested.update(id(child) for child in ast.walk(node) if child is not node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, id(node) in nested
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            yield target, node.lineno, id(node) in nested


def app_imports():
    """(importing app, imported app, where, nested) for each import between two different project apps."""
    for relative in project_modules():
        app = relative.parts[0]
        for target, line, nested in imported_modules(relative):
            imported = target.split(".")[0]
            if imported in LAYERS and imported != app:
                yield app, imported, f"{relative}:{line} imports {target}", nested


IMPORTS = list(app_imports())


def test_the_document_names_every_project_app():
    packages = {path.parent.name for path in BASE_DIR.glob("*/__init__.py")}
    apps = {path.parent.name for path in BASE_DIR.glob("*/apps.py")}
    assert apps <= set(LAYERS), f"apps missing from the layers of docs/architecture.md: {apps - set(LAYERS)}"
    assert set(LAYERS) <= packages | apps, f"documented apps that do not exist: {set(LAYERS) - packages - apps}"


def test_apps_import_only_from_lower_layers():
    wrong = [
        f"{where} ({app} is on layer {LAYERS[app]}, {imported} on {LAYERS[imported]})"
        for app, imported, where, _nested in IMPORTS
        if LAYERS[imported] >= LAYERS[app]
    ]
    assert wrong == [], "imports against the direction of docs/architecture.md:\n" + "\n".join(wrong)


def test_no_app_imports_the_demo_data():
    wrong = [where for _app, imported, where, _nested in IMPORTS if imported in LEAVES]
    assert wrong == [], "\n".join(wrong)


def test_no_function_level_import_of_another_app():
    wrong = [where for _app, _imported, where, nested in IMPORTS if nested]
    assert wrong == [], "imports of another app inside a function or class body:\n" + "\n".join(wrong)


def test_the_apps_have_no_import_cycle():
    graph = {}
    for app, imported, _where, _nested in IMPORTS:
        graph.setdefault(app, set()).add(imported)
    cycles = []

    def visit(app, path):
        for imported in sorted(graph.get(app, ())):
            if imported in path:
                cycle = path[path.index(imported):]
                start = cycle.index(min(cycle))  # one spelling per cycle, whichever app it was found from
                cycles.append(" → ".join(cycle[start:] + cycle[:start] + [cycle[start]]))
            elif len(path) < len(LAYERS):
                visit(imported, path + [imported])

    for app in sorted(graph):
        visit(app, [app])
    assert cycles == [], "import cycles between apps:\n" + "\n".join(sorted(set(cycles)))


@pytest.mark.parametrize(
    "path, source, expected",
    [
        ("component_portals/merge.py", "from decree.articles import ArticlePage\n", [("decree.articles", False)]),
        ("oversight/views.py", "def f():\n    from comments.models import Question\n", [("comments.models", True)]),
        ("oversight/board/queue.py", "from ...decree import queries\n", [("decree", False)]),
        ("oversight/__init__.py", "from .board import x\n", [("oversight.board", False)]),
        ("comments/forms.py", "class A:\n    import decree.models\n", [("decree.models", True)]),
    ],
)
def test_imports_are_resolved_and_their_nesting_seen(tmp_path, path, source, expected):
    module = tmp_path / path
    module.parent.mkdir(parents=True)
    module.write_text(source, encoding="utf-8")
    found = [(target, nested) for target, _line, nested in imported_modules(Path(path), base_dir=tmp_path)]
    assert found == expected
