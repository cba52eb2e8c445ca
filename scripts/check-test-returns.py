#!/usr/bin/env python3
"""Fails when a test function can return early, before (or instead of) its expectations.

A `guard ... else { return }` in a test makes it pass when the situation it tests never arises; the rule is
`try #require` instead. This flags every `return` that belongs to an @Test function itself (directly or inside
its if/guard/for/switch blocks), while returns inside closures and nested functions are theirs, not the test's.
Usage: scripts/check-test-returns.py [folder...]   (default: Tests)
"""
import os
import re
import sys

CONTROL = re.compile(r"^\s*(\}\s*)?(if|guard|else|for|while|switch|do|repeat|catch|defer)\b")
TRAILING_KEYWORD = re.compile(r"\b(else|do|repeat|defer)\s*$")


def blank_strings_and_comments(text):
    """The source with string contents and comments replaced by spaces, so braces in them do not count."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif text[i] == '"' or text.startswith('#"', i):
            hashes = 0
            while text[i + hashes] == "#":
                hashes += 1
            triple = text.startswith('"""', i + hashes)
            quote = ('"""' if triple else '"') + "#" * hashes
            j = i + hashes + len('"""' if triple else '"')
            while j < n and not text.startswith(quote, j):
                j += 2 if (text[j] == "\\" and hashes == 0) else 1
            end = min(n, j + len(quote))
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def early_returns(path):
    text = blank_strings_and_comments(open(path, encoding="utf-8").read())
    stack = []  # one entry per open brace: "test", "control" or "other"
    parens = [0]  # paren/bracket depth, per brace level
    statement_start = 0
    test_pending = False
    found = []
    for match in re.finditer(r"[{}()\[\];]|@Test\b|\breturn\b", text):
        token, at = match.group(0), match.start()
        if token in "([":
            parens[-1] += 1
        elif token in ")]":
            parens[-1] = max(0, parens[-1] - 1)
        elif token == "@Test":
            test_pending = True
        elif token == "{":
            statement = text[statement_start:at]
            if test_pending and parens[-1] == 0 and re.search(r"\bfunc\b", statement):
                kind, test_pending = "test", False
            elif parens[-1] == 0 and (CONTROL.match(statement) or TRAILING_KEYWORD.search(statement)):
                kind = "control"
            else:
                kind = "other"
            stack.append(kind)
            parens.append(0)
            statement_start = at + 1
        elif token == "}":
            if stack:
                stack.pop()
                parens.pop()
            if parens[-1] == 0:
                statement_start = at + 1
        elif token == ";":
            if parens[-1] == 0:
                statement_start = at + 1
        elif token == "return":
            for kind in reversed(stack):
                if kind == "other":
                    break
                if kind == "test":
                    found.append(text.count("\n", 0, at) + 1)
                    break
    return found


def main(folders):
    problems = []
    for folder in folders:
        for root, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                if name.endswith(".swift"):
                    path = os.path.join(root, name)
                    problems += [f"{path}:{line}" for line in early_returns(path)]
    for problem in problems:
        print(f"{problem}: a test returns early and passes untested; use `try #require` instead", file=sys.stderr)
    if problems:
        return 1
    print(f"check-test-returns: no test can return early ({', '.join(folders)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Tests"]))
