"""``digitgui export`` and ``digitgui import``: models that travel as one file.

``export MODEL FILE.zip`` packs the bundle (its metadata and training replay included);
``export MODEL FILE.tflite`` writes the LiteRT model alone, for a phone. ``import FILE.zip``
checks the archive before trusting it and adds the model to yours; a model of the same name
is replaced only with ``--replace`` (``--name`` keeps both).
"""

from __future__ import annotations

from pathlib import Path

from digitgui.core.errors import UserError
from digitgui.core.models import archive
from digitgui.core.models import bundle as bundles


def add_parsers(commands) -> None:
    export = commands.add_parser(
        "export", help="save a model as one file (.zip, or .tflite for phones)",
        description="Save a model as one file: FILE.zip holds the whole bundle (model.keras, "
        "model.tflite, metadata.json and the training replay), for `digitgui import` on another "
        "machine; FILE.tflite is the LiteRT model alone, for a phone or another LiteRT app.")
    export.add_argument("model", metavar="MODEL",
                        help="a model's folder, or 'default' for the default model")
    export.add_argument("file", metavar="FILE", type=Path, help="FILE.zip or FILE.tflite")
    export.set_defaults(run=run_export)

    imported = commands.add_parser(
        "import", help="add a model from a .zip made by `digitgui export`",
        description="Add the model in FILE.zip (made by `digitgui export`) to your models, "
        "after checking it: only bundle files, sizes within bounds, digitgui metadata, a LiteRT "
        "model of 28x28 images to 10 outputs, and Keras layers digitgui knows.")
    imported.add_argument("file", metavar="FILE", type=Path, help="the .zip to import")
    choice = imported.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true",
                        help="replace your model of the same name, if there is one")
    choice.add_argument("--name", metavar="NAME",
                        help="import it under this name (to keep both)")
    imported.set_defaults(run=run_import)


def run_export(args) -> int:
    bundle = bundles.resolve(args.model)
    suffix = args.file.suffix.lower()
    if suffix == ".tflite":
        path = archive.export_tflite(bundle, args.file)
        print(f"Exported the LiteRT model of “{bundle.name}” to {path}")
    elif suffix == ".zip":
        path = archive.export_archive(bundle, args.file)
        print(f"Exported “{bundle.name}” to {path}")
    else:
        raise UserError(f"{args.file}: give a file name ending in .zip (the whole model) or "
                        ".tflite (the LiteRT model alone)")
    return 0


def run_import(args) -> int:
    try:
        bundle = archive.import_archive(args.file, replace=args.replace, name=args.name)
    except archive.NameTakenError as exc:
        raise UserError(f"{exc}: add --replace to replace it, or --name NAME to keep "
                        "both") from None
    print(f"Imported “{bundle.name}” into {bundle.path}")
    return 0
