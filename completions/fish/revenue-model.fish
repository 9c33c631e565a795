function __revenue-model_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __revenue-model_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __revenue-model_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __revenue-model_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __revenue-model_parse_tokens -S
    set -l unparsed_tokens (__revenue-model_tokens -pc)
    switch $unparsed_tokens[1]
    case 'revenue-model'
        __revenue-model_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'report'
            __revenue-model_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'month=' 'from=' 'to=' 'out=' 'minutes=+' 'version' 'h/help'
        case 'scenario'
            __revenue-model_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'scenario=' 'from-ledger' 'vary=' 'steps=' 'version' 'h/help'
        case 'help'
            __revenue-model_parse_subcommand -r 1 'version'
        end
    end
end

function __revenue-model_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __revenue-model_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __revenue-model_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __revenue-model_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__revenue-model_tokens -p)
    if test -z "$(__revenue-model_tokens -t)"
        set -l index (count (__revenue-model_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'revenue-model' -f
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model" version' -l 'version' -d 'Show the version.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_positional "revenue-model" -eq 1' -fa 'report' -d 'The revenue report of a month or a date range (the default).'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_positional "revenue-model" -eq 1' -fa 'scenario' -d 'What the back-office work is worth in a year, from a scenario JSON.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_positional "revenue-model" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" format' -l 'format' -d 'Output format: table, ndjson, csv, json or html (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json html'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" month' -l 'month' -d 'The month to report, YYYY-MM (default: the last full month before --as-of).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" from' -l 'from' -d 'First day of a date range (with --to).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" to' -l 'to' -d 'Last day of a date range (with --from).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" out' -l 'out' -d 'Write the report to this file (0600, or 0660 for a group ledger) instead of stdout.' -rfa '(set -l exts \'html\' \'csv\' \'ndjson\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report"' -l 'minutes' -d 'Minutes of staff work per ledger event of a tool, TOOL=MINUTES (repeatable).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" version' -l 'version' -d 'Show the version.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" scenario' -l 'scenario' -d 'The scenario JSON file (default: stdin).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" from-ledger' -l 'from-ledger' -d 'Fill the measurable parameters from the ledger\'s last 12 full months.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" vary' -l 'vary' -d 'Print a sensitivity table: vary one field from A to B.' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" steps' -l 'steps' -d 'Steps of the sensitivity table.' -rfka ''
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" version' -l 'version' -d 'Show the version.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model scenario" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'revenue-model' -n '__revenue-model_should_offer_completions_for_flags_or_options "revenue-model help" version' -l 'version' -d 'Show the version.'
