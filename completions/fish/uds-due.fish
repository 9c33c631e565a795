function __uds-due_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __uds-due_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __uds-due_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __uds-due_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __uds-due_parse_tokens -S
    set -l unparsed_tokens (__uds-due_tokens -pc)
    switch $unparsed_tokens[1]
    case 'uds-due'
        __uds-due_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __uds-due_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'within=' 'all' 'remind=' 'contacts' 'out=' 'version' 'h/help'
        case 'results'
            __uds-due_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'all' 'review-days=' 'contacts' 'out=' 'version' 'h/help'
        case 'help'
            __uds-due_parse_subcommand -r 1 'version'
        end
    end
end

function __uds-due_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __uds-due_parse_subcommand -S -a positional_count
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

function __uds-due_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __uds-due_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__uds-due_tokens -p)
    if test -z "$(__uds-due_tokens -t)"
        set -l index (count (__uds-due_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'uds-due' -f
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due" version' -l 'version' -d 'Show the version.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_positional "uds-due" -eq 1' -fa 'list' -d 'List the drug screens due or overdue (the default subcommand).'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_positional "uds-due" -eq 1' -fa 'results' -d 'List drug screen results to act on: not reviewed in time, or unexpected.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_positional "uds-due" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" within' -l 'within' -d 'Look-ahead: list patients due within this many days.' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" all' -l 'all' -d 'List every patient on a controlled substance, due or not.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" remind' -l 'remind' -d 'Only patients falling due within this many days (not yet overdue), for reminder calls.' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" version' -l 'version' -d 'Show the version.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" all' -l 'all' -d 'Also list unexpected results already reviewed.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" review-days' -l 'review-days' -d 'Days a result may wait for a physician\'s review (default: uds.review, 7).' -rfka ''
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" version' -l 'version' -d 'Show the version.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due results" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'uds-due' -n '__uds-due_should_offer_completions_for_flags_or_options "uds-due help" version' -l 'version' -d 'Show the version.'
