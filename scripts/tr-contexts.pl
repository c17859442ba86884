#!/usr/bin/env perl
# Rewrites local tr() helpers into QCoreApplication::translate("<context>", ...) calls that
# lupdate can read. Usage: scripts/tr-contexts.pl FILE...   (then clang-format -i FILE...)
#
# A file-local helper such as
#     QString tr(const char* text) { return QCoreApplication::translate("SoraClient", text); }
# (or the same as a lambda) works at run time, but lupdate files the texts it wraps under the
# enclosing namespace, a context the program never asks for, so their translations never show;
# tst_translations fails on it. This removes the helper and writes its context at every call.
use strict;
use warnings;

for my $file (@ARGV) {
    open(my $in, '<', $file) or die "$file: $!\n";
    local $/;
    my $s = <$in>;
    close $in;
    my $helper = qr/QCoreApplication::translate\("([^"]+)",\s*text\);/;
    my ($context) = $s =~ /(?:QString\s+tr\(const char\*\s*text\)|const auto tr = \[\]\(const char\*\s*text\))\s*\{\s*return\s+$helper/;
    unless (defined $context) {
        print "$file: no tr() helper\n";
        next;
    }
    $s =~ s/\n?QString tr\(const char\* ?text\) \{\s*return QCoreApplication::translate\("\Q$context\E", text\);\s*\}\n//;
    $s =~ s/\n[ ]*const auto tr = \[\]\(const char\* ?text\) \{\s*return QCoreApplication::translate\("\Q$context\E", text\);\s*\};//;
    my $n = ($s =~ s/(?<![\w:.>~])tr\(/QCoreApplication::translate("$context", /g);
    open(my $out, '>', $file) or die "$file: $!\n";
    print $out $s;
    close $out;
    print "$file: $n call(s) now in context \"$context\"\n";
}
