# Build and install PainDesk: binaries, man pages and shell completions.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d
EXAMPLESDIR ?= $(PREFIX)/share/paindesk/examples
TOOLS := $(notdir $(wildcard Sources/[a-z]*))

.PHONY: all build test install install-data uninstall completions lint clean

all: build

build:
	swift build -c release

test:
	swift test

install: build install-data
	install -d $(DESTDIR)$(BINDIR)
	for t in $(TOOLS); do install -m 0755 .build/release/$$t $(DESTDIR)$(BINDIR)/$$t; done

# Everything but the binaries: man pages, completions, and the examples where the shipped
# crontab and paindesk-start(7) call them.
install-data:
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	  $(DESTDIR)$(BASHDIR) $(DESTDIR)$(ZSHDIR) $(DESTDIR)$(FISHDIR) $(DESTDIR)$(EXAMPLESDIR)
	install -m 0644 man/man1/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 man/man5/*.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 0644 man/man7/*.7 $(DESTDIR)$(MANDIR)/man7/
	install -m 0644 completions/bash/* $(DESTDIR)$(BASHDIR)/
	install -m 0644 completions/zsh/* $(DESTDIR)$(ZSHDIR)/
	install -m 0644 completions/fish/* $(DESTDIR)$(FISHDIR)/
	cp -R examples/. $(DESTDIR)$(EXAMPLESDIR)/
	chmod -R u=rwX,go=rX $(DESTDIR)$(EXAMPLESDIR)
	chmod 0755 $(DESTDIR)$(EXAMPLESDIR)/*.sh

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1 \
	  $(DESTDIR)$(BASHDIR)/$$t $(DESTDIR)$(ZSHDIR)/_$$t $(DESTDIR)$(FISHDIR)/$$t.fish; done
	rm -rf $(DESTDIR)$(EXAMPLESDIR)

completions:
	swift build
	Scripts/generate-completions.sh .build/debug

lint:
	mandoc -Tlint -Wwarning man/man1/*.1 man/man5/*.5 man/man7/*.7

clean:
	rm -rf .build
