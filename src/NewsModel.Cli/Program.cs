using System.Text;
using NewsModel.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return new NewsCommandLine(Console.Out, Console.Error, Console.OpenStandardInput, errorIsTerminal: !Console.IsErrorRedirected).Run(args);
