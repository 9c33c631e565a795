function __records-track_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __records-track_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __records-track_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __records-track_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __records-track_parse_tokens -S
    set -l unparsed_tokens (__records-track_tokens -pc)
    switch $unparsed_tokens[1]
    case 'records-track'
        __records-track_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'list'
            __records-track_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'direction=' 'overdue' 'blocked' 'patient=' 'contacts' 'out=' 'version' 'h/help'
        case 'send'
            __records-track_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'request=' 'document=+' 'on=' 'authorized-on=' 'version' 'h/help'
        case 'close'
            __records-track_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'dry-run' 'request=+' 'on=' 'version' 'h/help'
        case 'help'
            __records-track_parse_subcommand -r 1 'version'
        end
    end
end

function __records-track_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __records-track_parse_subcommand -S -a positional_count
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

function __records-track_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __records-track_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__records-track_tokens -p)
    if test -z "$(__records-track_tokens -t)"
        set -l index (count (__records-track_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'records-track' -f
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track" version' -l 'version' -d 'Show the version.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_positional "records-track" -eq 1' -fa 'list' -d 'List open records requests (the default subcommand).'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_positional "records-track" -eq 1' -fa 'send' -d 'Record the documents sent for a request, and when.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_positional "records-track" -eq 1' -fa 'close' -d 'Close records requests.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_positional "records-track" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" direction' -l 'direction' -d 'Only incoming or outgoing requests.' -rfka 'incoming outgoing'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" overdue' -l 'overdue' -d 'Only overdue requests.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" blocked' -l 'blocked' -d 'Only requests blocked for want of a HIPAA authorization.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" patient' -l 'patient' -d 'Only this patient.' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" contacts' -l 'contacts' -d 'Add a contacts object to each row: patient, phone, channel, do_not_contact, payer lines, member id, auth and claim numbers (PHI).'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" out' -l 'out' -d 'Write the list to this file (mode 0600, 0660 for a group ledger) instead of stdout.' -rF
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" version' -l 'version' -d 'Show the version.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" request' -l 'request' -d 'The request answered.' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send"' -l 'document' -d 'Documents sent (repeatable).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" on' -l 'on' -d 'The day they were sent (default: the --as-of date).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" authorized-on' -l 'authorized-on' -d 'The date of the patient\'s HIPAA authorization, recorded with the sending.' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" version' -l 'version' -d 'Show the version.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track send" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close"' -l 'request' -d 'A request to close (repeatable).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" on' -l 'on' -d 'The day it closed (default: the --as-of date).' -rfka ''
complete -c 'records-track' -n '__records-track_should_offer_completions_for_positional "records-track close" -ge 1' -fa '(set -l exts \'ndjson\' \'jsonl\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" version' -l 'version' -d 'Show the version.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track close" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'records-track' -n '__records-track_should_offer_completions_for_flags_or_options "records-track help" version' -l 'version' -d 'Show the version.'
