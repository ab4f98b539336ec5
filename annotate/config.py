"""The Label Studio labeling config, generated from the one label schema.

Writing the XML by hand would let the annotation interface drift from the
labels the scorer knows; generating it from :data:`newsgold.schema.SCHEMA`
makes "add a label" a one-line change. The result is checked with
label-studio-sdk's ``LabelInterface`` (the parser the SDK validates
predictions with) plus the structural facts the round trip relies on, because
``LabelInterface`` accepts, for instance, a ``toName`` that names no tag.

Tag names are part of the stored annotations (``from_name``), so they are
constants here and never change.
"""

from __future__ import annotations

from newsgold.errors import UserError
from newsgold.schema import SCHEMA, LabelSchema

TEXT_NAME = "text"
"""The ``<Text>`` object tag; also the task data key (``$text``)."""
VALUE_COLUMN_STYLE = "flex: 0 0 240px; position: sticky; top: 8px"
"""The column beside the text holding per-region value boxes; sticky, so it stays in view while scrolling."""
LABELS_NAME = "label"
"""The ``<Labels>`` control tag: one region = one span."""


def attribute_control_name(label: str, attribute: str) -> str:
    """Name of the per-region ``<TextArea>`` holding ``attribute`` of ``label`` spans (``date_value``)."""
    return f"{label.lower()}_{attribute}"


def build_label_config(schema: LabelSchema = SCHEMA) -> str:
    """The labeling config XML for ``schema``.

    >>> xml = build_label_config()
    >>> '<Label value="PERSON"' in xml and '<Relation value="said_by"' in xml
    True
    """
    # Imported here: xml.sax.saxutils pulls in urllib and http (~50 ms), and the format readers
    # import this module only for its tag names (`eval score` never builds a config).
    from xml.sax.saxutils import quoteattr

    lines = ["<View>"]
    if schema.relations:
        lines.append("  <Relations>")
        lines += [f"    <Relation value={quoteattr(rel.name)}/>" for rel in schema.relations]
        lines.append("  </Relations>")
    lines.append(f"  <Labels name={quoteattr(LABELS_NAME)} toName={quoteattr(TEXT_NAME)}>")
    lines += [f"    <Label value={quoteattr(label)}/>" for label in schema.span_labels]
    lines.append("  </Labels>")
    # the article and, beside it, a column that follows the scroll (sticky) with the value box of the
    # selected region: at 1100 px a box under the article was off-screen (tests/annotate/test_browser_*)
    lines.append('  <View style="display: flex; align-items: flex-start; gap: 16px">')
    lines.append('    <View style="flex: 1 1 auto; min-width: 0">')
    lines.append(f'      <Text name={quoteattr(TEXT_NAME)} value={quoteattr("$" + TEXT_NAME)} granularity="symbol"/>')
    lines.append("    </View>")
    lines.append(f'    <View style="{VALUE_COLUMN_STYLE}">')
    for label, attribute in schema.attributes.items():
        lines.append(f'      <View visibleWhen="region-selected" whenLabelValue={quoteattr(label)}>')
        lines.append(f"        <Header value={quoteattr(f'{label} {attribute}')} size=\"6\"/>")
        lines.append(
            f"        <TextArea name={quoteattr(attribute_control_name(label, attribute))} toName={quoteattr(TEXT_NAME)}"
            ' perRegion="true" editable="true" maxSubmissions="1" rows="1"/>'
        )
        lines.append("      </View>")
    lines.append("    </View>")
    lines.append("  </View>")
    lines.append("</View>")
    xml = "\n".join(lines) + "\n"
    validate_label_config(xml, schema)
    return xml


def config_labels(xml: str) -> set[str]:
    """Every span label value of the ``<Labels>`` tags of a config (to spot orphaned labels)."""
    from label_studio_sdk.label_interface import LabelInterface

    try:
        li = LabelInterface(xml)
    except Exception as exc:  # the SDK raises several XML/syntax error classes
        raise UserError(f"labeling config does not parse: {exc}") from None
    out: set[str] = set()
    for control in li.controls:
        if control.tag == "Labels":
            out.update(control.labels)
    return out


def validate_label_config(xml: str, schema: LabelSchema = SCHEMA) -> None:
    """Check ``xml`` with ``LabelInterface`` and against what push/pull rely on; UserError if not."""
    from label_studio_sdk.label_interface import LabelInterface

    try:
        li = LabelInterface(xml)
    except Exception as exc:
        raise UserError(f"labeling config does not parse: {exc}") from None
    objects = {o.name: o for o in li.objects}
    if set(objects) != {TEXT_NAME} or objects[TEXT_NAME].tag != "Text":
        raise UserError(f"labeling config must have exactly one <Text name={TEXT_NAME!r}>, found {sorted(objects)}")
    controls = {c.name: c for c in li.controls}
    labels = controls.get(LABELS_NAME)
    if labels is None or labels.tag != "Labels":
        raise UserError(f"labeling config has no <Labels name={LABELS_NAME!r}>")
    for control in controls.values():
        if list(control.to_name) != [TEXT_NAME]:
            raise UserError(f"labeling config: control {control.name!r} must point to {TEXT_NAME!r}")
    missing = [lab for lab in schema.span_labels if lab not in labels.labels]
    if missing:
        raise UserError(f"labeling config lacks the labels {missing}")
    for label, attribute in schema.attributes.items():
        name = attribute_control_name(label, attribute)
        area = controls.get(name)
        if area is None or area.tag != "TextArea" or area.attr.get("perRegion") != "true":
            raise UserError(f"labeling config lacks the per-region <TextArea name={name!r}> for {label} {attribute}")
    from xml.etree import ElementTree  # imported when used (see build_label_config)

    relation_values = {el.get("value") for el in ElementTree.fromstring(xml).iter("Relation")}
    for rel in schema.relations:
        if rel.name not in relation_values:
            raise UserError(f"labeling config lacks <Relation value={rel.name!r}>")
