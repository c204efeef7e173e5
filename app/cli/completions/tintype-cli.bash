# bash completion for tintype-cli (installed in /usr/share/bash-completion/completions).
# tests/cli/tst_clidocs checks that every command `tintype-cli --help` prints is here.

_tintype_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="roots scan watch info motion-clip ls stats search places things trips memories
        reel purge thumbs thumb takeout albums cache dupes faces edit export render"

    # The command: the first word after the global options.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
            --catalog) ((i++)) ;;
            --*) ;;
            *)
                if [[ -z $command ]]; then
                    command="${words[i]}"
                elif [[ -z $sub ]]; then
                    sub="${words[i]}"
                fi
                ;;
        esac
    done

    case "$prev" in
        --catalog | --report)
            _filedir
            return
            ;;
        --to | --out)
            if [[ $command == takeout || $command == export || $command == motion-clip ]]; then
                _filedir -d
            else
                _filedir
            fi
            return
            ;;
        --in | --stack)
            _filedir
            return
            ;;
        --size)
            [[ $command == thumbs || $command == thumb ]] && COMPREPLY=($(compgen -W "grid preview" -- "$cur"))
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "jpeg png tiff16" -- "$cur"))
            return
            ;;
        --jobs | --batch | --limit | --poll-seconds | --seconds | --quality | --root | --from | --on | \
            --camera | --pattern | --album | --trip | --memory | --name | --min-score | --min-size | \
            --threshold | --link)
            return
            ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--catalog --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local subcommands="" options=""
    case "$command" in
        roots) subcommands="add list remove inbox" options="--json" ;;
        scan) options="--no-hash --verbose --jobs --batch" ;;
        watch) options="--poll --poll-seconds --no-initial-scan" ;;
        info) options="--json" ;;
        motion-clip) options="--to" ;;
        ls) options="--json --from --to --camera --has-gps --no-gps --root --limit" ;;
        stats | places) options="--json" ;;
        search) options="--json --explain --best" ;;
        things) subcommands="scan find remove" options="--json --jobs --originals" ;;
        trips) subcommands="rename hide show merge album" options="--json --all --homes" ;;
        memories) subcommands="dismiss" options="--on --json" ;;
        reel) options="--album --trip --memory --on --out --seconds" ;;
        purge) options="--yes" ;;
        thumbs) options="--size --jobs" ;;
        thumb) options="--out --size" ;;
        takeout) subcommands="import" options="--to --pattern --sidecar --dry-run --include-trashed --report --json" ;;
        albums) subcommands="create add rename delete" options="--json" ;;
        cache) subcommands="stats prune clear" options="--json" ;;
        dupes) subcommands="resolve undo" options="--near --json --apply --write-xmp" ;;
        faces)
            subcommands="scan people faces name merge split remove confirm hide unhide cluster suggest eval"
            options="--json --hidden --jobs --min-score --min-size --size --name --full --threshold --link"
            ;;
        edit) options="--stack --show --undo --redo --revert" ;;
        export) options="--edited --to --size --strip-location --format --quality" ;;
        render) options="--stack --in --out --size --format" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -n $subcommands && -z $sub ]]; then
        COMPREPLY=($(compgen -W "$subcommands" -- "$cur"))
    elif [[ $command == roots && ($sub == add || $sub == remove || $sub == inbox) ]] ||
        [[ $command == takeout && $sub == import ]] || [[ $command == faces && $sub == eval ]]; then
        _filedir -d
    elif [[ $command == info || $command == motion-clip || $command == thumb || $command == takeout ]]; then
        _filedir
    fi
} &&
    complete -F _tintype_cli tintype-cli
