function __paindesk_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __paindesk_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __paindesk_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __paindesk_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __paindesk_parse_tokens -S
    set -l unparsed_tokens (__paindesk_tokens -pc)
    switch $unparsed_tokens[1]
    case 'paindesk'
        __paindesk_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'group=' 'version' 'h/help'
        case 'import'
            __paindesk_parse_subcommand -r 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'dry-run' 'from=' 'profile=' 'skip-bad=' 'profiles' 'show' 'force' 'version' 'h/help'
        case 'export'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'kind=+' 'version' 'h/help'
        case 'verify'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'head=' 'version' 'h/help'
        case 'head'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'version' 'h/help'
        case 'void'
            __paindesk_parse_subcommand 2 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'dry-run' 'reason=' 'version' 'h/help'
        case 'backup'
            __paindesk_parse_subcommand 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'version' 'h/help'
        case 'config'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'rule=' 'version' 'h/help'
        case 'schema'
            __paindesk_parse_subcommand 1 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'sql' 'version' 'h/help'
        case 'demo'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'dry-run' 'seed=' 'version' 'h/help'
        case 'access-log'
            __paindesk_parse_subcommand 0 'ledger=' 'config=' 'as-of=' 'actor=' 'v/verbose' 'format=' 'columns=' 'since=' 'tool=' 'version' 'h/help'
        case 'help'
            __paindesk_parse_subcommand -r 1 'version'
        end
    end
end

function __paindesk_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __paindesk_parse_subcommand -S -a positional_count
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

function __paindesk_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __paindesk_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__paindesk_tokens -p)
    if test -z "$(__paindesk_tokens -t)"
        set -l index (count (__paindesk_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'paindesk' -f
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'init' -d 'Create a new, empty ledger.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'import' -d 'Import records into the ledger (NDJSON, FHIR Bulk, EHR CSV, DrChrono JSON, X12 835).'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'export' -d 'Write the ledger\'s current records as NDJSON.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'verify' -d 'Prove the ledger: integrity, references and the hash chain.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'head' -d 'Print the last event\'s seq and hash.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'void' -d 'Record that a record was entered in error.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'backup' -d 'Write a consistent copy of the ledger (mode 0600).'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'config' -d 'Print the effective rules and settings, and where each value came from.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'schema' -d 'Print the JSON Schema of a record kind, or of every kind.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'demo' -d 'Build the synthetic demo clinic into a ledger.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'access-log' -d 'Print who opened the ledger, when, with which tool (the access log).'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" group' -l 'group' -d 'Share the ledger with this Unix group.' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" from' -l 'from' -d 'Input format: ndjson, fhir, csv, drchrono, x12-835.' -rfka 'ndjson fhir csv drchrono x12-835'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" profile' -l 'profile' -d 'With --from csv: a shipped column-mapping profile by name, or a profile file.' -rfka 'drchrono-appointments drchrono-day-sheet generic-appointments generic-patients'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" skip-bad' -l 'skip-bad' -d 'Commit the good records; write rejected lines with reasons to this file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ndjson\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" profiles' -l 'profiles' -d 'List the shipped CSV profiles (no input, no ledger).'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" show' -l 'show' -d 'With --profile: print the profile as a file to copy and edit (no input, no ledger).'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" force' -l 'force' -d 'Store records whose ledger_version is stale (changed since read) instead of refusing the batch.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk import" -ge 1' -F
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export"' -l 'kind' -d 'Only this kind (repeatable).' -rfka 'provider location payer patient coverage case document diagnosis conservative_care imaging auth procedure assessment claim fee denial appeal appointment slot waitlist outreach rx refill_request uds pdmp_check agreement referral records_request'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" head' -l 'head' -d 'A head from \'paindesk head\' (SEQ:HASH, or HASH) that the chain must still reach.' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk head" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk void" -eq 1' -fka 'provider location payer patient coverage case document diagnosis conservative_care imaging auth procedure assessment claim fee denial appeal appointment slot waitlist outreach rx refill_request uds pdmp_check agreement referral records_request'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" reason' -l 'reason' -d 'Why the record is void (kept in the history).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk void" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk backup" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" rule' -l 'rule' -d 'Only rules whose id starts with this.' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_positional "paindesk schema" -eq 1' -fka 'patient provider location payer coverage case diagnosis conservative_care imaging assessment procedure document auth claim fee denial appeal appointment slot waitlist outreach rx refill_request uds pdmp_check agreement referral records_request finding readiness report_row uds_schedule routing rx_audit recall offer intake_status coverage_status records_status'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" sql' -l 'sql' -d 'Print the ledger\'s SQL schema instead of the JSON Schemas.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk schema" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" dry-run' -l 'dry-run' -d 'Check everything and say what would change, but write nothing.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" seed' -l 'seed' -d 'Random seed (the same seed gives the same clinic).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" ledger' -l 'ledger' -d 'The ledger file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'sqlite\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" config' -l 'config' -d 'The clinic\'s config file.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" as-of' -l 'as-of' -d 'Reason as of this date (YYYY-MM-DD) or instant (RFC 3339).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" actor' -l 'actor' -d 'Who records the change (default: the login name).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" v verbose' -l 'verbose' -s 'v' -d 'Say more on stderr: summaries, resolved paths, error details.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" format' -l 'format' -d 'Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).' -rfka 'table ndjson csv json'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" columns' -l 'columns' -d 'Columns for table and CSV, in this order: the output\'s field names, dotted for nested fields (contacts.phone).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" since' -l 'since' -d 'Only runs that started on or after this date (YYYY-MM-DD).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" tool' -l 'tool' -d 'Only runs of this tool (paindesk, pa-status, ...).' -rfka ''
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" version' -l 'version' -d 'Show the version.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk access-log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'paindesk' -n '__paindesk_should_offer_completions_for_flags_or_options "paindesk help" version' -l 'version' -d 'Show the version.'
