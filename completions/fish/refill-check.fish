function __refill-check_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __refill-check_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __refill-check_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __refill-check_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __refill-check_parse_tokens -S
    set -l unparsed_tokens (__refill-check_tokens -pc)
    switch $unparsed_tokens[1]
    case 'refill-check'
        __refill-check_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'check'
            __refill-check_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'mme-table=' 'patient=' 'rx=' 'all' 'contacts' 'out=' 'version' 'h/help'
        case 'audit'
            __refill-check_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'mme-table=' 'from=' 'to=' 'patient=' 'html=' 'version' 'h/help'
        case 'pickups'
            __refill-check_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'days=' 'confirmed' 'version' 'h/help'
        case 'pickup'
            __refill-check_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'rx=' 'on=' 'pharmacy=' 'version' 'h/help'
        case 'close'
            __refill-check_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'status=' 'note=' 'version' 'h/help'
        case 'help'
            __refill-check_parse_subcommand -r 1 'version'
        end
    end
end

function __refill-check_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __refill-check_parse_subcommand -S -a positional_count
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

function __refill-check_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __refill-check_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__refill-check_tokens -p)
    if test -z "$(__refill-check_tokens -t)"
        set -l index (count (__refill-check_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'refill-check' -f
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'check' -d 'Route each refill request: ready_for_prescriber or needs_action, with findings.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'audit' -d 'The evidence behind each controlled-substance prescription written in a period.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'pickups' -d 'List controlled-substance prescriptions not confirmed picked up.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'pickup' -d 'Record a pharmacy\'s confirmation that a prescription was picked up.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'close' -d 'Close refill requests: approved, denied, cancelled or filled.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" mme-table' -l 'mme-table' -d 'An NDC-level MME table (CSV in the CDC file\'s format) for Rx carrying ndc.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" patient' -l 'patient' -d 'Check one request for this patient (with --rx).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" rx' -l 'rx' -d 'Check one request for this prescription (with --patient).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_positional "refill-check check" -ge 1' -F
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" all' -l 'all' -d 'Also route requests already closed (approved, denied, cancelled, filled).'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" mme-table' -l 'mme-table' -d 'An NDC-level MME table (CSV in the CDC file\'s format) for Rx carrying ndc.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" from' -l 'from' -d 'First written date (YYYY-MM-DD).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" to' -l 'to' -d 'Last written date (YYYY-MM-DD).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" patient' -l 'patient' -d 'Only this patient.' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" html' -l 'html' -d 'Also write the printable HTML report to this file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'html\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" days' -l 'days' -d 'Days after the fill before an unconfirmed pickup is listed.' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" confirmed' -l 'confirmed' -d 'List the confirmed pickups, with how each was confirmed.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickups" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" rx' -l 'rx' -d 'The prescription picked up.' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" on' -l 'on' -d 'The day it was picked up (default: the --as-of date).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" pharmacy' -l 'pharmacy' -d 'The pharmacy that confirmed the pickup.' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check pickup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" status' -l 'status' -d 'The status to record: approved, denied, cancelled or filled.' -rfka 'approved denied cancelled filled'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" note' -l 'note' -d 'Why, kept as the request\'s status_note.' -rfka ''
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" version' -l 'version' -d 'Show the version.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check close" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'refill-check' -n '__refill-check_should_offer_completions_for_flags_or_options "refill-check help" version' -l 'version' -d 'Show the version.'
