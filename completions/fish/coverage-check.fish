function __coverage-check_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __coverage-check_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __coverage-check_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __coverage-check_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __coverage-check_parse_tokens -S
    set -l unparsed_tokens (__coverage-check_tokens -pc)
    switch $unparsed_tokens[1]
    case 'coverage-check'
        __coverage-check_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __coverage-check_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'within=' 'verified-within=' 'all' 'patient=' 'contacts' 'out=' 'version' 'h/help'
        case 'verify'
            __coverage-check_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'coverage=' 'via=' 'by=' 'on=' 'version' 'h/help'
        case 'help'
            __coverage-check_parse_subcommand -r 1 'version'
        end
    end
end

function __coverage-check_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __coverage-check_parse_subcommand -S -a positional_count
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

function __coverage-check_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __coverage-check_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__coverage-check_tokens -p)
    if test -z "$(__coverage-check_tokens -t)"
        set -l index (count (__coverage-check_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'coverage-check' -f
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check" version' -l 'version' -d 'Show the version.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_positional "coverage-check" -eq 1' -fa 'list' -d 'List upcoming appointments with coverage problems (the default subcommand).'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_positional "coverage-check" -eq 1' -fa 'verify' -d 'Record a coverage verification, or saved eligibility responses.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_positional "coverage-check" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" within' -l 'within' -d 'Appointments within DAYS after --as-of (default 7).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" verified-within' -l 'verified-within' -d 'A verification counts within DAYS before --as-of (default 30).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" all' -l 'all' -d 'List every appointment, with ok true or false.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" patient' -l 'patient' -d 'Only this patient.' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" version' -l 'version' -d 'Show the version.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" coverage' -l 'coverage' -d 'The coverage verified.' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" via' -l 'via' -d 'How: portal, phone or x12_271.' -rfka 'portal phone x12_271'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" by' -l 'by' -d 'Who verified (default: the actor).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" on' -l 'on' -d 'The day of the verification (default: the --as-of date).' -rfka ''
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_positional "coverage-check verify" -ge 1' -fa '(set -l exts \'ndjson\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" version' -l 'version' -d 'Show the version.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'coverage-check' -n '__coverage-check_should_offer_completions_for_flags_or_options "coverage-check help" version' -l 'version' -d 'Show the version.'
