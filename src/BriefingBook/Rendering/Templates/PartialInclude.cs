using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// <c>{{ include "name" arg… }}</c>: Scriban's own include (the partial sees the caller's names, and its
/// arguments as <c>$1</c>, <c>$2</c>…), whose result is the partial's escaped output and so is written as
/// <see cref="Markup"/>, not escaped a second time.
/// </summary>
internal sealed class PartialInclude(IScriptCustomFunction builtin) : IScriptCustomFunction
{
    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Markup(builtin.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => builtin.RequiredParameterCount;

    public int ParameterCount => builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => builtin.VarParamKind;

    public Type ReturnType => typeof(Markup);

    public ScriptParameterInfo GetParameterInfo(int index) => builtin.GetParameterInfo(index);
}
