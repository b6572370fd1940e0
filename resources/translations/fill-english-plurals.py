#!/usr/bin/env python3
"""Fills the English numerus forms of entente_en.ts from the source texts.

The source texts say "%n meeting(s)"; English needs "1 meeting" and "2 meetings". For every
message with %n this writes the singular (the "(s)" dropped, "are" made "is") and the plural
("(s)" made "s"). Run after lupdate (see README.md here); it changes nothing else.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "entente_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\(s\)", "", source)
    singular = re.sub(r"\bare\b", "is", singular)
    plural = source.replace("(s)", "s")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
