# Build and install PainDesk: binaries, man pages and shell completions.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d
TOOLS := $(notdir $(wildcard Sources/[a-z]*))

.PHONY: all build test install uninstall completions lint clean

all: build

build:
	swift build -c release

test:
	swift test

install: build
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	  $(DESTDIR)$(BASHDIR) $(DESTDIR)$(ZSHDIR) $(DESTDIR)$(FISHDIR)
	for t in $(TOOLS); do install -m 0755 .build/release/$$t $(DESTDIR)$(BINDIR)/$$t; done
	install -m 0644 man/man1/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 man/man5/*.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 0644 man/man7/*.7 $(DESTDIR)$(MANDIR)/man7/
	install -m 0644 completions/bash/* $(DESTDIR)$(BASHDIR)/
	install -m 0644 completions/zsh/* $(DESTDIR)$(ZSHDIR)/
	install -m 0644 completions/fish/* $(DESTDIR)$(FISHDIR)/

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1 \
	  $(DESTDIR)$(BASHDIR)/$$t $(DESTDIR)$(ZSHDIR)/_$$t $(DESTDIR)$(FISHDIR)/$$t.fish; done

completions:
	swift build
	Scripts/generate-completions.sh .build/debug

lint:
	mandoc -Tlint -Wwarning man/man1/*.1 man/man5/*.5 man/man7/*.7

clean:
	rm -rf .build
