#!/usr/bin/env python3
"""Check NDJSON records against the PainDesk JSON Schemas with the jsonschema package.

usage: check_schemas.py SCHEMAS.json VALID.ndjson [--invalid INVALID.ndjson]

SCHEMAS.json is `JSONSchemas.all()`: an object keyed by kind name. Every line of
VALID.ndjson must validate; with --invalid, every line of INVALID.ndjson must fail.
Exits 0 when all lines behave, 1 otherwise, 2 on a usage error.

The Swift validator (RecordValidator) and these schemas come from the same specs;
this script proves that a second, independent validator agrees with them:

- Draft202012Validator with format checking (`date`, `date-time`);
- the two PainDesk formats the schema names: `paindesk-npi` (CMS NPI check digit)
  and `paindesk-local-date-time` (a local date-time whose date exists);
- the `x-paindesk-rules` keyword for rules JSON Schema cannot express
  (`ordered`: one date not after another; `unique_key`: distinct values in an array).
"""

import argparse
import datetime
import json
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker, ValidationError


def npi_ok(s):
    # CMS: Luhn over the prefix 80840 and the first nine digits; the prefix adds 24.
    if not isinstance(s, str):
        return True
    if not re.fullmatch(r"[0-9]{10}", s):
        return False
    total = 24
    for k, c in enumerate(s[:9]):
        d = int(c)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10 == int(s[9])


LOCAL = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T([01][0-9]|2[0-3]):[0-5][0-9]"
    r"(:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?"
)


def local_date_time_ok(s):
    if not isinstance(s, str):
        return True
    m = LOCAL.fullmatch(s)
    if not m:
        return False
    try:
        datetime.date.fromisoformat(m.group(1))
    except ValueError:
        return False
    return True


def is_date(s):
    return isinstance(s, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s) is not None


def paindesk_rules(validator, rules, instance, schema):
    if not validator.is_type(instance, "object"):
        return
    for rule in rules:
        if "ordered" in rule:
            first, second = rule["ordered"]
            a, b = instance.get(first), instance.get(second)
            if is_date(a) and is_date(b) and b < a:
                yield ValidationError(f"'{second}' is before '{first}' ({rule['name']})")
        if "unique_key" in rule:
            array, key = rule["unique_key"]
            seen = set()
            for item in instance.get(array) or []:
                if isinstance(item, dict) and key in item:
                    marker = json.dumps(item[key], sort_keys=True)
                    if marker in seen:
                        yield ValidationError(f"'{key}' repeats within '{array}' ({rule['name']})")
                    seen.add(marker)


def make_format_checker():
    checker = FormatChecker()
    for name, fn in (
        ("paindesk-npi", npi_ok),
        ("paindesk-local-date-time", local_date_time_ok),
    ):
        checker.checks(name)(fn)
    return checker


Validator = jsonschema.validators.extend(
    Draft202012Validator, {"x-paindesk-rules": paindesk_rules}
)


def problems(line, validators):
    """Reasons the line is not a valid record; empty when it is."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return [f"not JSON: {e}"]
    if not isinstance(record, dict):
        return ["not an object"]
    kind = record.get("kind")
    if not isinstance(kind, str) or kind not in validators:
        return ["missing or unknown kind"]
    return [e.message for e in validators[kind].iter_errors(record)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schemas")
    parser.add_argument("valid")
    parser.add_argument("--invalid")
    args = parser.parse_args()

    with open(args.schemas, encoding="utf-8") as f:
        schemas = json.load(f)
    checker = make_format_checker()
    validators = {}
    for kind, schema in schemas.items():
        Draft202012Validator.check_schema(schema)
        validators[kind] = Validator(schema, format_checker=checker)

    failures = 0
    checked = 0

    def lines(path):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield number, line

    for number, line in lines(args.valid):
        checked += 1
        found = problems(line, validators)
        if found:
            failures += 1
            print(f"{args.valid}:{number}: rejected: {'; '.join(found)}", file=sys.stderr)

    if args.invalid:
        for number, line in lines(args.invalid):
            checked += 1
            if not problems(line, validators):
                failures += 1
                print(f"{args.invalid}:{number}: accepted, but it is invalid", file=sys.stderr)

    print(f"check_schemas: {checked} lines, {failures} disagreements", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
